package com.stretchkiosk.base;

/** Whether the studio is set up yet: asked by the start-up line, answered by the therapist feature. */
public interface StudioSetup {

    /** True until the studio's first manager exists. */
    boolean needsFirstManager();
}
