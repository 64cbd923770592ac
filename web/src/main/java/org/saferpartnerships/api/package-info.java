/**
 * The JSON API under /api/v1: one application class, error bodies and the mappers that turn a
 * service's refusal into 400, 403, 404, 409 or 422 with a message in the caller's language, the
 * reading of parameters and bodies ({@code Params}) and of files in and out ({@code FileTransfer}).
 * Resources per context live in sub-packages; entities are never serialised, only records.
 */
package org.saferpartnerships.api;
