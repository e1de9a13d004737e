package org.senim.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import org.springframework.util.FileSystemUtils;

/**
 * One running suite for every system test class: started by {@code ./senim up} before the
 * first class that needs it, stopped after the last. Its data folder (with the logs) is
 * kept when a test failed.
 */
final class RunningSuite implements BeforeAllCallback, TestWatcher {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningSuite.class);

	private static volatile Handle current;

	@Override
	public void beforeAll(ExtensionContext context) {
		current = context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(Handle.class, (key) -> Handle.start(), Handle.class);
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		if (current != null) {
			current.failed = true;
			current.stack.printDiagnostics();
		}
	}

	static LocalStack stack() {
		return current.stack;
	}

	static final class Handle implements AutoCloseable {

		private final LocalStack stack;

		private volatile boolean failed;

		private Handle(LocalStack stack) {
			this.stack = stack;
		}

		static Handle start() {
			try {
				Path root = Path.of(System.getProperty("senim.root", "..")).toAbsolutePath().normalize();
				LocalStack stack = new LocalStack(root, Files.createTempDirectory("senim-system-"));
				stack.up(Duration.ofMinutes(8));
				return new Handle(stack);
			}
			catch (Exception ex) {
				throw new IllegalStateException("./senim up did not start the suite", ex);
			}
		}

		@Override
		public void close() throws Exception {
			this.stack.down();
			if (this.failed) {
				System.err.println("Kept the data folder of the failed run: " + this.stack.dataDir());
			}
			else {
				FileSystemUtils.deleteRecursively(this.stack.dataDir());
			}
		}

	}

}
