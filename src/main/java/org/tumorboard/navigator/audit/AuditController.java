package org.tumorboard.navigator.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /audit} (maintainers): the chain's verification, then the newest entries of the audit log. */
@Controller
class AuditController {

    static final int SHOWN = 500;

    private final AuditLog log;
    private final AuditChain chain;

    AuditController(AuditLog log, AuditChain chain) {
        this.log = log;
        this.chain = chain;
    }

    @GetMapping("/audit")
    String audit(Model model) {
        model.addAttribute("verification", chain.verify(java.util.List.of()));
        model.addAttribute("entries", log.newest(SHOWN));
        model.addAttribute("shown", SHOWN);
        return "audit/list";
    }
}
