@NullMarked
package com.stretchkiosk.audit;

import org.jspecify.annotations.NullMarked;
