-- The audit log is append-only: the database itself refuses to change or remove an entry.
create trigger audit_entry_append_only before update, delete on audit_entry for each row
    call 'org.tumorboard.navigator.audit.AppendOnlyTrigger';
