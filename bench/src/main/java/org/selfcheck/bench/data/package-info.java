/**
 * The benchmarks' data (issue 16): {@link org.selfcheck.bench.data.ProvinceData}, a reproducible province of generated
 * companies (fixed seed, a scale, an as-of date), {@link org.selfcheck.bench.data.ProvinceLoader}, which COPYs it into a
 * migrated PostgreSQL through the portal's own tables, triggers and summary functions, and
 * {@link org.selfcheck.bench.data.GenerateMain}, the command line. The portal's pure rule classes decide what they
 * decide here too (credit codes, quarters, {@code InTime}, the catalogue's applicability, bureau routing, the filing
 * documents and canonical JSON); the generator only draws the facts. SQL lives in {@code LoadRepository}.
 */
package org.selfcheck.bench.data;
