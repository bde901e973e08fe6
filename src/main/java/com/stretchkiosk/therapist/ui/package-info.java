@NullMarked
package com.stretchkiosk.therapist.ui;

import org.jspecify.annotations.NullMarked;
