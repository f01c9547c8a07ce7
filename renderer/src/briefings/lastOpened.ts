/**
 * The briefing last open in this window, so coming back to the Briefings section from
 * another one shows it again. Kept for the window's lifetime only.
 */
let lastOpened: string | null = null;

export const rememberOpened = (id: string | null): void => {
  lastOpened = id;
};

export const lastOpenedBriefing = (): string | null => lastOpened;
