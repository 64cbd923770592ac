/**
 * The audit log (DESIGN.md section 4): an append-only, hash-chained record of every change to and
 * every view of personal data (Data Protection Act 2018 s62), and the verifier that finds an
 * altered or deleted row.
 */
package org.saferpartnerships.audit;
