package org.tumorboard.navigator.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.tumorboard.navigator.audit.AuditAction;
import org.tumorboard.navigator.audit.AuditLog;

/**
 * Accounts, managed from the command line only ({@code user add|list|disable}); there is no default account.
 * Passwords are stored with Spring Security's delegating encoder ({@code {bcrypt}…}). Repeated failed sign-ins
 * lock an account for a while.
 */
@Service
public class Accounts {

    public static final int MIN_PASSWORD_LENGTH = 12;
    /** Consecutive failed sign-ins that lock an account. */
    public static final int FAILURES_BEFORE_LOCK = 5;
    public static final Duration LOCK = Duration.ofMinutes(1);
    /** Who the audit log names for changes made at the command line. */
    public static final String COMMAND_LINE = "command line";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final AccountRepository repository;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    Accounts(AccountRepository repository, PasswordEncoder encoder, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    public void add(String name, Role role, String password) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new AccountException("NAME: 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountException("password: at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (repository.exists(name)) {
            throw new AccountException("an account named " + name + " exists already");
        }
        repository.add(name, role, encoder.encode(password), clock.instant());
        audit.record(COMMAND_LINE, AuditAction.ACCOUNT_ADDED, name, "role " + role);
    }

    public List<Account> list() {
        return repository.all();
    }

    public void disable(String name) {
        if (!repository.disable(name)) {
            throw new AccountException(repository.exists(name) ? "account " + name + " is disabled already"
                    : "no account named " + name);
        }
        audit.record(COMMAND_LINE, AuditAction.ACCOUNT_DISABLED, name, "disabled");
    }

    /** Counts a failed sign-in of an existing account; returns whether it locked the account. */
    boolean failedSignIn(String name) {
        return repository.failedSignIn(name, FAILURES_BEFORE_LOCK, clock.instant().plus(LOCK));
    }

    void signedIn(String name) {
        repository.signedIn(name);
    }
}
