-- The audit log as a hash chain: each entry carries its place (sequence), the hash of the entry before it and its
-- own hash over its content and that one, and, where it records a stored record (a review, a comment), the record's
-- hash (bound_record: kind:id:sha256). The head (the last sequence and hash) is kept in audit_head, updated in the
-- same transaction as each entry; a change, removal or truncation of entries or records is evident on verification
-- (docs/operations.md, "The audit log's hash chain"). Entries from before the chain keep null columns; the first entry of
-- the chain seals them.
alter table audit_entry add column sequence bigint;
alter table audit_entry add column previous_hash varchar(64);
alter table audit_entry add column hash varchar(64);
alter table audit_entry add column bound_record varchar(200);
create unique index audit_entry_sequence on audit_entry (sequence);

create table audit_head (
    id       integer     not null primary key,
    sequence bigint      not null,
    hash     varchar(64) not null
);
insert into audit_head (id, sequence, hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
