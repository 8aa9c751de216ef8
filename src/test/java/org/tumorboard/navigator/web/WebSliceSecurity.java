package org.tumorboard.navigator.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** For {@code @WebMvcTest} slices that bring their own engine: the app's security and server settings. */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfiguration.class, ServerConfiguration.class})
public class WebSliceSecurity {
}
