package org.tumorboard.navigator.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/**
 * Who is looking at a page: anonymous, or a signed-in account with its roles. Pages show forms by it; the security
 * configuration, not the pages, decides what a request may do.
 */
public record Viewer(String name, boolean reviewer, boolean maintainer) {

    public static final String REVIEWER = "REVIEWER";
    public static final String MAINTAINER = "MAINTAINER";

    public static Viewer of(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            return new Viewer(null, false, false);
        }
        return new Viewer(principal.getName(), request.isUserInRole(REVIEWER), request.isUserInRole(MAINTAINER));
    }

    public boolean signedIn() {
        return name != null;
    }
}
