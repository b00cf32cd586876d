-- Trajectories and the history of changed fields (rectification, GDPR Art 16) on the
-- practice server: old and new values and the reason are sealed like the fields they
-- come from; which field changed, when and by whom is in clear.
CREATE TABLE trajectories (
    id         bigserial PRIMARY KEY,
    child_id   bigint NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    title      bytea NOT NULL,
    start_date date NOT NULL,
    end_date   date,  -- in clear: its end starts the retention clock
    summary    bytea NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE INDEX trajectories_by_child ON trajectories (child_id);

CREATE TABLE field_history (
    id          bigserial PRIMARY KEY,
    object_type text NOT NULL,
    object_id   bigint NOT NULL,
    child_id    bigint REFERENCES children(id) ON DELETE CASCADE,
    field       text NOT NULL,
    old_value   bytea,
    new_value   bytea,
    reason      bytea NOT NULL,
    changed_by  bigint REFERENCES users(id),
    changed_at  timestamptz NOT NULL
);
CREATE INDEX field_history_by_object ON field_history (object_type, object_id, id);
CREATE INDEX field_history_by_child ON field_history (child_id);

REVOKE ALL ON trajectories, field_history FROM PUBLIC;
GRANT SELECT, INSERT ON trajectories, field_history TO casefile_counsellor, casefile_admin;
GRANT UPDATE ON trajectories TO casefile_counsellor, casefile_admin;
GRANT USAGE ON SEQUENCE trajectories_id_seq, field_history_id_seq
    TO casefile_counsellor, casefile_admin;
