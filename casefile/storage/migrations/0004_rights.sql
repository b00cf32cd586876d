-- Financial records, kept seven years by law (also through an erasure: the link to the
-- child goes, the invoice stays), and the result of the last backup.
CREATE TABLE financial_records (
    id             INTEGER PRIMARY KEY,
    child_id       INTEGER REFERENCES children(id) ON DELETE SET NULL,
    invoice_number TEXT NOT NULL UNIQUE,
    invoice_date   TEXT NOT NULL,
    payer          TEXT NOT NULL,
    description    TEXT NOT NULL DEFAULT '',
    amount_cents   INTEGER NOT NULL,
    created_at     TEXT NOT NULL
);
CREATE INDEX financial_by_child ON financial_records (child_id);
CREATE INDEX financial_by_date ON financial_records (invoice_date);
