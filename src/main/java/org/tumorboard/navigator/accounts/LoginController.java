package org.tumorboard.navigator.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the form's {@code POST /login} and {@code POST /logout}. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                 Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", logout != null);
        return "login";
    }
}
