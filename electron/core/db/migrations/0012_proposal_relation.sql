-- The relation a stored proposal carries when earlier decisions boosted it (the one they used most),
-- so "accept top" keeps that relation instead of the one chosen in the bulk bar (issue 13).
ALTER TABLE suggestion_proposals ADD COLUMN relation TEXT CHECK (
  relation IS NULL OR relation IN ('exactMatch', 'closeMatch', 'broadMatch', 'narrowMatch', 'relatedMatch')
);
