package org.tumorboard.navigator.accounts;

import java.time.Clock;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs accounts in from the database: a disabled account cannot, nor a locked one until its lock ends. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository repository;
    private final Clock clock;

    AccountUserDetailsService(AccountRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        AccountRepository.Credentials credentials = repository.credentials(name)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        Account account = credentials.account();
        boolean locked = account.lockedUntil() != null && account.lockedUntil().isAfter(clock.instant());
        return User.withUsername(account.name())
                .password(credentials.passwordHash())
                .roles(account.role().name())
                .disabled(!account.enabled())
                .accountLocked(locked)
                .build();
    }
}
