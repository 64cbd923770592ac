package org.saferpartnerships.consultation.imports;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.GZIPInputStream;
import org.saferpartnerships.platform.files.TableReadException;
import org.saferpartnerships.platform.files.TableReader;

/**
 * The background job of an import: reads the file again, checks every row under the mapping, and
 * either records the problems (storing nothing) or writes the responses a chunk per transaction,
 * reporting progress as it goes, and makes them live together at the end. A job that stops on an
 * error removes what it wrote. Responses whose reference the consultation already has are counted
 * as known and not written again.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRunner {

  /** Responses written in one transaction. */
  static final int CHUNK = 5_000;

  private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

  @EJB private ImportWriter writer;

  @Asynchronous
  public void run(long importId) {
    try {
      runNow(importId);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Import " + importId + " could not run", e);
    }
  }

  private void runNow(long importId) {
    ImportWriter.Job job = writer.begin(importId);
    if (job == null) {
      LOG.fine(() -> "Import " + importId + " is not queued: another run has it");
      return;
    }
    try {
      TableReader.Table table =
          TableReader.read(job.format(), gunzip(job.content()), ConsultationImportService.MAX_ROWS);
      ResponseRowParser.Result result =
          new ResponseRowParser(job.shape(), job.mapping()).parse(table.rows());
      if (!result.accepted()) {
        writer.reject(importId, result.problems());
        return;
      }
      Set<String> known = writer.knownReferences(job.consultationId());
      List<ResponseRowParser.ParsedResponse> fresh = new ArrayList<>();
      int knownCount = 0;
      for (ResponseRowParser.ParsedResponse response : result.responses()) {
        if (response.reference() != null && known.contains(response.reference())) {
          knownCount++;
        } else {
          fresh.add(response);
        }
      }
      int rowsDone = 0;
      int rowsPerResponse =
          Math.max(1, table.rows().size() / Math.max(1, result.responses().size()));
      for (int from = 0; from < fresh.size(); from += CHUNK) {
        List<ResponseRowParser.ParsedResponse> chunk =
            fresh.subList(from, Math.min(fresh.size(), from + CHUNK));
        rowsDone = Math.min(table.rows().size(), rowsDone + chunk.size() * rowsPerResponse);
        writer.write(importId, job.consultationId(), job.actor(), chunk, rowsDone);
      }
      writer.complete(importId, fresh.size(), knownCount);
    } catch (TableReadException e) {
      writer.reject(importId, e.problems());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Import " + importId + " failed; removing what it wrote", e);
      writer.discard(importId);
    }
  }

  private static byte[] gunzip(byte[] gzipped) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
