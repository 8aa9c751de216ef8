package org.tumorboard.navigator.accounts;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.tumorboard.navigator.audit.AuditAction;
import org.tumorboard.navigator.audit.AuditLog;

/**
 * Sign-in bookkeeping: every failed sign-in (form or HTTP Basic) is audited and counted towards the account's lock;
 * a successful one clears the count. Signing in on the form and signing out are audited; the API's HTTP Basic
 * requests are not audited one by one (what they do is: reviews, reloads).
 */
@Component
class SignInEvents {

    private final Accounts accounts;
    private final AuditLog audit;

    SignInEvents(Accounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String name = event.getAuthentication().getName();
        String reason = event.getException().getClass().getSimpleName();
        audit.record(name, AuditAction.SIGN_IN_FAILED, name, reason);
        if (event instanceof AuthenticationFailureBadCredentialsEvent && accounts.failedSignIn(name)) {
            audit.record(name, AuditAction.ACCOUNT_LOCKED, name, Accounts.FAILURES_BEFORE_LOCK
                    + " failed sign-ins in a row: locked for " + Accounts.LOCK.toSeconds() + " s");
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        accounts.signedIn(event.getAuthentication().getName());
    }

    @EventListener
    void signedInOnTheForm(InteractiveAuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        audit.record(name, AuditAction.SIGN_IN, name, "form");
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        String name = event.getAuthentication().getName();
        audit.record(name, AuditAction.SIGN_OUT, name, null);
    }
}
