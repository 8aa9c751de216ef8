package org.tumorboard.navigator.commandline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.tumorboard.navigator.accounts.Account;
import org.tumorboard.navigator.accounts.AccountException;
import org.tumorboard.navigator.accounts.Accounts;
import org.tumorboard.navigator.accounts.Role;

/**
 * {@code user add NAME --role REVIEWER|MAINTAINER} (the password is read from standard input, one line, at least
 * 12 characters), {@code user list}, {@code user disable NAME}: the only way accounts are made or changed. Each
 * takes {@code --spring.*} settings to pick the database, as the web app does. On a terminal, {@code user add}
 * asks for the password twice without echoing it; piped, it reads one line of standard input.
 */
final class UserCommand {

    static final String USAGE = "user add NAME --role REVIEWER|MAINTAINER | user list | user disable NAME";

    /** Where {@code user add} reads the password from when no terminal asks for it; standard input. */
    static InputStream passwordSource = System.in;

    /** A terminal that asks for a password without echoing it; null where standard input is piped. */
    interface Terminal {
        char[] readPassword(String prompt);
    }

    /** The terminal of this process, if it has one (a test may set another). */
    static Terminal terminal = System.console() == null ? null : prompt -> System.console().readPassword("%s", prompt);

    private UserCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err, Path rulesDir) {
        List<String> words = CommandDatabase.withoutSettings(args);
        String action = words.isEmpty() ? "" : words.get(0);
        boolean valid = switch (action) {
            case "add" -> words.size() == 4 && words.get(2).equals("--role") || words.size() == 3
                    && words.get(2).startsWith("--role=");
            case "list" -> words.size() == 1;
            case "disable" -> words.size() == 2;
            default -> false;
        };
        if (!valid) {
            err.println("usage: java -jar tumor-board.jar " + USAGE);
            return Commands.INVALID_INPUT;
        }
        Role role = null;
        String password = null;
        if (action.equals("add")) {
            String roleName = words.size() == 4 ? words.get(3) : words.get(2).substring("--role=".length());
            try {
                role = Role.valueOf(roleName.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                err.println("--role: REVIEWER or MAINTAINER, not " + roleName);
                return Commands.INVALID_INPUT;
            }
            if (terminal != null) {
                char[] first = terminal.readPassword("Password for " + words.get(1) + " (at least "
                        + Accounts.MIN_PASSWORD_LENGTH + " characters): ");
                char[] again = terminal.readPassword("The same password again: ");
                if (first == null || again == null || first.length == 0 || !java.util.Arrays.equals(first, again)) {
                    err.println("password: the two entries differ (or are empty); nothing was added");
                    return Commands.INVALID_INPUT;
                }
                password = new String(first);
                java.util.Arrays.fill(first, ' ');
                java.util.Arrays.fill(again, ' ');
            } else {
                password = readPassword();
            }
            if (password == null) {
                err.println("password: give it on standard input (one line, at least " + Accounts.MIN_PASSWORD_LENGTH
                        + " characters)");
                return Commands.INVALID_INPUT;
            }
        }
        try (CommandDatabase database = CommandDatabase.open(CommandDatabase.settings(args))) {
            Accounts accounts = database.bean(Accounts.class);
            switch (action) {
                case "add" -> {
                    accounts.add(words.get(1), role, password);
                    out.println("added " + words.get(1) + " (" + role + ")");
                }
                case "list" -> accounts.list().forEach(a -> out.println(line(a)));
                default -> {
                    accounts.disable(words.get(1));
                    out.println("disabled " + words.get(1));
                }
            }
            out.flush();
            return Commands.OK;
        } catch (AccountException e) {
            err.println(e.getMessage());
            return Commands.INVALID_INPUT;
        }
    }

    private static String line(Account account) {
        return account.name() + "\t" + account.role() + "\t" + (account.enabled() ? "enabled" : "disabled")
                + (account.lockedUntil() == null ? "" : "\tlast locked until " + account.lockedUntil());
    }

    private static String readPassword() {
        try {
            String line = new BufferedReader(new InputStreamReader(passwordSource, StandardCharsets.UTF_8)).readLine();
            return line == null || line.isEmpty() ? null : line;
        } catch (IOException e) {
            return null;
        }
    }
}
