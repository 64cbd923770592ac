-- An uploaded file of responses, kept (gzipped) until its import ends, in parts of at most 4 MB:
-- one LONGBLOB of the whole file could exceed the server's max_allowed_packet (16 MB by default on
-- MariaDB), and the upload then failed. Files waiting at this migration keep their content.
CREATE TABLE consultation_import_part (
  import_id BIGINT   NOT NULL,
  part      INT      NOT NULL,
  bytes     LONGBLOB NOT NULL,
  PRIMARY KEY (import_id, part),
  CONSTRAINT fk_import_part_import FOREIGN KEY (import_id) REFERENCES consultation_import (id)
);

INSERT INTO consultation_import_part (import_id, part, bytes)
  SELECT id, 0, content FROM consultation_import WHERE content IS NOT NULL;

ALTER TABLE consultation_import DROP COLUMN content;
