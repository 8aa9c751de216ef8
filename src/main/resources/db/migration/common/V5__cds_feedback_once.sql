-- Each issued card counts at most once per outcome: a repeated feedback item is not counted again.
delete from cds_feedback where id not in (select min(id) from cds_feedback group by card_uuid, outcome);
create unique index cds_feedback_once on cds_feedback (card_uuid, outcome);
