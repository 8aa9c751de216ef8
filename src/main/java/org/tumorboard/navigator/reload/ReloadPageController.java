package org.tumorboard.navigator.reload;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The dashboard's reload button (maintainers): reloads, then shows the outcome on the dashboard. */
@Controller
class ReloadPageController {

    private final RuleSetReloader reloader;

    ReloadPageController(RuleSetReloader reloader) {
        this.reloader = reloader;
    }

    @PostMapping("/rule-set/reload")
    String reload(Principal principal, RedirectAttributes redirect) {
        redirect.addFlashAttribute("reload", reloader.reload(principal.getName()));
        return "redirect:/reviews";
    }
}
