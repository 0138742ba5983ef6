package org.fahras.plugins.export;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The parent class loader a plugin has in the real application: the JDK plus the packages the
 * host shares (the API, PF4J, SLF4J, Lucene), and nothing else. The test class path also has
 * POI, commons-csv and Jackson; a plugin test whose parent saw them could pass while the
 * plugin's own {@code lib/} lacked them.
 */
final class HostSharedClassLoader extends ClassLoader {

  private static final List<String> SHARED =
      List.of("org.fahras.api.", "org.pf4j.", "org.slf4j.", "org.apache.lucene.");

  private final ClassLoader testClassPath;

  HostSharedClassLoader(ClassLoader testClassPath) {
    super("fahras-host", ClassLoader.getPlatformClassLoader());
    this.testClassPath = testClassPath;
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    if (shared(name)) {
      return testClassPath.loadClass(name);
    }
    throw new ClassNotFoundException(name + " is not shared by the host");
  }

  @Override
  protected URL findResource(String name) {
    return shared(name.replace('/', '.')) ? testClassPath.getResource(name) : null;
  }

  @Override
  protected Enumeration<URL> findResources(String name) throws IOException {
    return shared(name.replace('/', '.'))
        ? testClassPath.getResources(name)
        : Collections.emptyEnumeration();
  }

  private static boolean shared(String name) {
    for (String prefix : SHARED) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
