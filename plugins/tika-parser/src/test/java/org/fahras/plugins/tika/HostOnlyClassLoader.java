package org.fahras.plugins.tika;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * A class loader that sees only what the Fahras host shares with plugins (the API, PF4J, SLF4J,
 * Lucene) and the JDK: the parent a plugin gets in the real application, where Tika is not on the
 * class path. The test class path has Tika, so without this a plugin test could pass by loading
 * Tika from the wrong place.
 */
final class HostOnlyClassLoader extends ClassLoader {

  private static final List<String> HOST_PACKAGES =
      List.of("org.fahras.api.", "org.pf4j.", "org.slf4j.", "org.apache.lucene.");

  private final ClassLoader application;

  HostOnlyClassLoader(ClassLoader application) {
    super("fahras-host", ClassLoader.getPlatformClassLoader());
    this.application = application;
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    if (HOST_PACKAGES.stream().anyMatch(name::startsWith)) {
      return application.loadClass(name);
    }
    throw new ClassNotFoundException(name);
  }

  @Override
  protected URL findResource(String name) {
    return isHostResource(name) ? application.getResource(name) : null;
  }

  @Override
  protected Enumeration<URL> findResources(String name) throws IOException {
    return isHostResource(name) ? application.getResources(name) : Collections.emptyEnumeration();
  }

  private static boolean isHostResource(String name) {
    String asClassName = name.replace('/', '.');
    return HOST_PACKAGES.stream().anyMatch(asClassName::startsWith);
  }
}
