package org.tumorboard.navigator.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /audit} (maintainers): the newest entries of the audit log. */
@Controller
class AuditController {

    static final int SHOWN = 500;

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/audit")
    String audit(Model model) {
        model.addAttribute("entries", log.newest(SHOWN));
        model.addAttribute("shown", SHOWN);
        return "audit/list";
    }
}
