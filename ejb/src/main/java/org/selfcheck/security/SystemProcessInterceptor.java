package org.selfcheck.security;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;

import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;

/**
 * Runs a {@link SystemProcess} entry point as its named system caller: an ad-hoc identity of the current security
 * domain, in force for this invocation and the calls it makes. An invocation that already has an authenticated
 * caller keeps it.
 */
@SystemProcess("")
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class SystemProcessInterceptor {

    @AroundInvoke
    public Object call(InvocationContext invocation) throws Exception {
        return runAsSystem(invocation);
    }

    @AroundTimeout
    public Object timeout(InvocationContext invocation) throws Exception {
        return runAsSystem(invocation);
    }

    private static Object runAsSystem(InvocationContext invocation) throws Exception {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null || !domain.getCurrentSecurityIdentity().isAnonymous()) {
            return invocation.proceed();
        }
        SecurityIdentity system = domain.createAdHocIdentity(new SystemProcess.SystemPrincipal(process(invocation)));
        try {
            return system.runAs((PrivilegedExceptionAction<Object>) invocation::proceed);
        } catch (PrivilegedActionException e) {
            throw e.getException();
        }
    }

    private static String process(InvocationContext invocation) {
        SystemProcess onMethod = invocation.getMethod() == null ? null : invocation.getMethod().getAnnotation(SystemProcess.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        SystemProcess onType = invocation.getTarget().getClass().getAnnotation(SystemProcess.class);
        if (onType == null) {
            // a Weld subclass or proxy: the annotation is on the bean class it extends
            onType = invocation.getTarget().getClass().getSuperclass().getAnnotation(SystemProcess.class);
        }
        return onType == null ? "unknown" : onType.value();
    }
}
