/**
 * Mails leave through an outbox: written in the transaction that decides them, sent by whichever node's timer claims
 * them first, retried with a growing pause, never lost with a node.
 */
package org.selfcheck.mail;
