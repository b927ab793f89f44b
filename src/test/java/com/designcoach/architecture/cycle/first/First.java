package com.designcoach.architecture.cycle.first;

import com.designcoach.architecture.cycle.second.Second;

/**
 * Half of a deliberate cycle: shows that the architecture test's cycle rule fails on one.
 */
public class First {

	Second second;

}
