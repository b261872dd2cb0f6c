package org.selfcheck.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API lives under /api; its OpenAPI document is served by WildFly at /openapi. */
@ApplicationPath("api")
public class RestApplication extends Application {
}
