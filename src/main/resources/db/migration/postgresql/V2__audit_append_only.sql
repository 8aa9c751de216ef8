-- The audit log is append-only: the database itself refuses to change or remove an entry.
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only: % refused', tg_op;
end;
$$;

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_append_only();

create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
