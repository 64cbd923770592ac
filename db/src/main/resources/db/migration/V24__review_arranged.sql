-- The day a case review's meeting was arranged, so that a review cannot be recorded as held before
-- it was arranged (nor before the application was received): a review dated earlier would fall in
-- no year's statutory figures. Cases arranged before this column existed keep NULL and are checked
-- against the application's date alone.
ALTER TABLE case_review ADD COLUMN review_arranged_on DATE NULL;
