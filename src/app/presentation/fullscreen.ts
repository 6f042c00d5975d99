// Full screen for presentation mode. Browsers allow it only from a user gesture, and some (iOS Safari
// on a phone) not at all: then the page simply stays as it is.

export async function toggleFullscreen(): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen?.();
  } catch {
    // Refused (no user gesture, or not supported): presentation mode works without it.
  }
}
