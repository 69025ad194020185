/** How long a reset link works, as the account service promises. */
export const RESET_LINK_MINUTES = 60;
