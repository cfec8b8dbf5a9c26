-- The character spans of the item's text that support a stored proposal (issue 14): kept when "Suggest all"
-- suggests per skill statement, so a bulk "accept top" stores them with the mapping as a single accept does.
ALTER TABLE suggestion_proposals ADD COLUMN spans TEXT CHECK (spans IS NULL OR (json_valid(spans) AND json_type(spans) = 'array'));
