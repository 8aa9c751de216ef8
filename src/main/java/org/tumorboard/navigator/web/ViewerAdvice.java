package org.tumorboard.navigator.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's model gets {@code viewer}: who is signed in, if anyone, and in which roles. */
@ControllerAdvice
class ViewerAdvice {

    @ModelAttribute("viewer")
    Viewer viewer(HttpServletRequest request) {
        return Viewer.of(request);
    }
}
