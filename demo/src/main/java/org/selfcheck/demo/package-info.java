/**
 * The run command's demo scenario: {@link org.selfcheck.demo.DemoScenario} logs in as the demo realm's users and
 * does through the REST API what each would do, so every role has something to act on; {@link org.selfcheck.demo.DemoMain}
 * runs it and prints where each user finds his part. Never deployed.
 */
package org.selfcheck.demo;
