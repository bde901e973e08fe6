@NullMarked
package com.stretchkiosk.therapist;

import org.jspecify.annotations.NullMarked;
