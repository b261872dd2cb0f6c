package org.selfcheck.web.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selfcheck.region.Region;
import org.selfcheck.region.RegionDirectory;
import org.selfcheck.security.CallerContext;

import java.util.List;
import java.util.Set;

/**
 * Names instead of codes wherever a person reads a region ({@code #{regions.fullName(code)}}), and the suggestions of
 * the region pickers ({@code p:autoComplete}, whose values are codes): counties for a production site, any level for a
 * jurisdiction, and for an officer's filters the divisions within his own jurisdiction.
 */
@Named("regions")
@ApplicationScoped
public class RegionNames {

    private static final int SUGGESTIONS = 30;

    @Inject
    RegionDirectory directory;

    @Inject
    CallerContext callers;

    /** 浙江省杭州市西湖区; a code the directory does not know, as it is. */
    public String fullName(String code) {
        return directory.fullName(code);
    }

    /** 西湖区. */
    public String name(String code) {
        return directory.name(code);
    }

    /** A production site: the counties in use. */
    public List<String> completeSite(String query) {
        return codes(directory.search(query, Set.of(3), null, SUGGESTIONS));
    }

    /** A bureau's jurisdiction: a province, prefecture or county in use. */
    public List<String> completeJurisdiction(String query) {
        return codes(directory.search(query, Set.of(1, 2, 3), null, SUGGESTIONS));
    }

    /** An officer's filter: the prefectures and counties within his jurisdiction (an admin's: all). */
    public List<String> completeWithinOwnJurisdiction(String query) {
        String within = callers.current().map(c -> c.regionCode()).orElse(null);
        return codes(directory.search(query, Set.of(2, 3), within, SUGGESTIONS));
    }

    /** An officer's jurisdiction as his administrator gives it: any level within the administrator's (an admin's: all). */
    public List<String> completeManagedJurisdiction(String query) {
        String within = callers.current().map(c -> c.regionCode()).orElse(null);
        return codes(directory.search(query, Set.of(1, 2, 3), within, SUGGESTIONS));
    }

    private static List<String> codes(List<Region> regions) {
        return regions.stream().map(Region::code).toList();
    }
}
