-- The items table lists a scheme's items in import order and counts active / removed items per
-- scheme; without these, 20k-item schemes are sorted and scanned on every refresh.
CREATE INDEX source_items_scheme_position ON source_items (scheme_id, position);
CREATE INDEX source_items_scheme_state ON source_items (scheme_id, state);
