package com.designcoach.architecture.cycle.second;

import com.designcoach.architecture.cycle.first.First;

/** The other half of the deliberate cycle. */
public class Second {

	First first;

}
