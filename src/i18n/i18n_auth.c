/* i18n_auth.c: the texts of login, the account page and user management. */
#include "i18n.h"

const struct i18n_msg i18n_msgs_auth[] = {
	/* layout */
	{ "T_NAV_ACCOUNT", { "Mijn account", "My account" } },
	{ "T_NAV_ADMIN_USERS", { "Gebruikers", "Users" } },
	{ "T_NAV_LOGIN", { "Inloggen", "Log in" } },
	{ "T_LOGGED_IN_AS", { "Ingelogd als", "Logged in as" } },
	{ "T_LOGOUT", { "Uitloggen", "Log out" } },
	{ "T_ERR_CSRF", { "Dit formulier is verlopen of kwam niet van Koers. "
	    "Laad de pagina opnieuw en probeer het nog eens.",
	    "This form has expired or did not come from Koers. Reload the "
	    "page and try again." } },
	/* login */
	{ "T_LOGIN_TITLE", { "Inloggen", "Log in" } },
	{ "T_LOGIN_INTRO", { "Log in met uw gebruikersnaam en wachtwoord.",
	    "Log in with your username and password." } },
	{ "T_LOGIN_USERNAME", { "Gebruikersnaam", "Username" } },
	{ "T_LOGIN_PASSWORD", { "Wachtwoord", "Password" } },
	{ "T_LOGIN_SUBMIT", { "Inloggen", "Log in" } },
	{ "T_LOGIN_FAILED", { "Gebruikersnaam of wachtwoord onjuist.",
	    "Wrong username or password." } },
	{ "T_LOGIN_EXPIRED", { "Het formulier was verlopen. Vul het opnieuw "
	    "in.", "The form had expired. Please fill it in again." } },
	{ "T_LOGIN_THROTTLED", { "Te veel mislukte pogingen. Probeer het "
	    "opnieuw over", "Too many failed attempts. Try again in" } },
	{ "T_LOGIN_SECONDS", { "seconden.", "seconds." } },
	{ "T_LOGOUT_TITLE", { "Uitloggen", "Log out" } },
	{ "T_LOGOUT_INTRO", { "Wilt u uitloggen?", "Do you want to log out?" } },
	/* account */
	{ "T_ACCOUNT_TITLE", { "Mijn account", "My account" } },
	{ "T_ACCOUNT_ROLES", { "Rollen", "Roles" } },
	{ "T_ACCOUNT_ROLE", { "Rol", "Role" } },
	{ "T_ACCOUNT_SCOPE", { "Bereik", "Scope" } },
	{ "T_ACCOUNT_USERNAME", { "Gebruikersnaam", "Username" } },
	{ "T_ACCOUNT_DISPLAY_NAME", { "Naam", "Name" } },
	{ "T_ACCOUNT_PASSWORD_TITLE", { "Wachtwoord wijzigen",
	    "Change password" } },
	{ "T_ACCOUNT_PW_CURRENT", { "Huidig wachtwoord", "Current password" } },
	{ "T_ACCOUNT_PW_NEW", { "Nieuw wachtwoord", "New password" } },
	{ "T_ACCOUNT_PW_REPEAT", { "Herhaal het nieuwe wachtwoord",
	    "Repeat the new password" } },
	{ "T_ACCOUNT_PW_HINT", { "Minstens 12 tekens. Een zin van een paar "
	    "woorden is goed te onthouden.", "At least 12 characters. A "
	    "sentence of a few words is easy to remember." } },
	{ "T_ACCOUNT_PW_MISMATCH", { "De twee nieuwe wachtwoorden zijn niet "
	    "gelijk.", "The two new passwords differ." } },
	{ "T_ACCOUNT_PW_SAVE", { "Wachtwoord wijzigen", "Change password" } },
	{ "T_ACCOUNT_TOKENS", { "API-sleutels", "API tokens" } },
	{ "T_ACCOUNT_TOKENS_INTRO", { "Met een API-sleutel haalt een programma "
	    "gegevens op met uw rechten (kop Authorization: Bearer ...).",
	    "With an API token a program fetches data with your rights "
	    "(header Authorization: Bearer ...)." } },
	{ "T_ACCOUNT_TOKEN_LABEL", { "Omschrijving", "Label" } },
	{ "T_ACCOUNT_TOKEN_CREATED", { "Aangemaakt", "Created" } },
	{ "T_ACCOUNT_TOKEN_USED", { "Laatst gebruikt", "Last used" } },
	{ "T_ACCOUNT_TOKEN_STATE", { "Status", "State" } },
	{ "T_ACCOUNT_TOKEN_ACTIVE", { "in gebruik", "active" } },
	{ "T_ACCOUNT_TOKEN_REVOKED", { "ingetrokken", "revoked" } },
	{ "T_ACCOUNT_TOKEN_NONE", { "U hebt nog geen API-sleutels.",
	    "You have no API tokens yet." } },
	{ "T_ACCOUNT_TOKEN_NEW", { "Nieuwe API-sleutel", "New API token" } },
	{ "T_ACCOUNT_TOKEN_CREATE", { "Sleutel aanmaken", "Create token" } },
	{ "T_ACCOUNT_TOKEN_PASSWORD", { "Uw wachtwoord (ter bevestiging)",
	    "Your password (to confirm)" } },
	{ "T_ACCOUNT_TOKEN_PW_WRONG", { "Uw wachtwoord klopt niet; er is geen "
	    "sleutel aangemaakt.", "Your password is not right; no token was "
	    "created." } },
	{ "T_ACCOUNT_PW_REVOKE_TOKENS", { "Trek ook al mijn API-sleutels in",
	    "Also revoke all my API tokens" } },
	{ "T_ACCOUNT_TOKEN_REVOKE", { "Intrekken", "Revoke" } },
	{ "T_ACCOUNT_TOKEN_SHOWN_ONCE", { "Uw nieuwe API-sleutel. Kopieer hem "
	    "nu: Koers bewaart alleen een vingerafdruk en toont hem nooit "
	    "meer.", "Your new API token. Copy it now: Koers keeps only a "
	    "fingerprint and will never show it again." } },
	{ "T_ACCOUNT_LABEL_LONG", { "De omschrijving is te lang (hoogstens "
	    "100 tekens).", "The label is too long (100 characters at "
	    "most)." } },
	{ "T_ACCOUNT_DONE_PASSWORD", { "Uw wachtwoord is gewijzigd. Uw andere "
	    "sessies zijn beëindigd.", "Your password has been changed. Your "
	    "other sessions have ended." } },
	{ "T_ACCOUNT_DONE_REVOKED", { "De API-sleutel is ingetrokken.",
	    "The API token has been revoked." } },
	/* account results */
	{ "T_ACCOUNT_SAVED", { "Opgeslagen.", "Saved." } },
	{ "T_ACCOUNT_BAD_NAME", { "Een gebruikersnaam heeft 1 tot 64 letters, "
	    "cijfers of . - _ @.", "A username has 1 to 64 letters, digits "
	    "or . - _ @." } },
	{ "T_ACCOUNT_BAD_DISPLAY_NAME", { "Een weergavenaam is één regel van "
	    "hoogstens 200 tekens, zonder stuurtekens.", "A display name is one "
	    "line of at most 200 characters, without control characters." } },
	{ "T_ACCOUNT_TAKEN", { "Deze gebruikersnaam bestaat al.",
	    "This username exists already." } },
	{ "T_ACCOUNT_PW_SHORT", { "Het wachtwoord moet minstens 12 tekens "
	    "hebben.", "The password needs at least 12 characters." } },
	{ "T_ACCOUNT_PW_LONG", { "Het wachtwoord mag hoogstens 1024 tekens "
	    "hebben.", "The password may have at most 1024 characters." } },
	{ "T_ACCOUNT_PW_WRONG", { "Het huidige wachtwoord klopt niet.",
	    "The current password is not right." } },
	{ "T_ACCOUNT_BAD_ROLE", { "Kies een rol.", "Choose a role." } },
	{ "T_ACCOUNT_NEED_SCOPE", { "Kies voor een directeur of manager de "
	    "eenheid waarover de rol gaat.", "For a director or manager, "
	    "choose the unit the role covers." } },
	{ "T_ACCOUNT_BAD_SCOPE", { "Deze eenheid past niet bij de rol: CMT, "
	    "raad en beheerder gelden voor de hele gemeente.", "This unit "
	    "does not fit the role: CMT, council and administrator cover the "
	    "whole municipality." } },
	{ "T_ACCOUNT_HELD", { "Deze rol met dit bereik is al toegekend.",
	    "This role with this scope is held already." } },
	{ "T_ACCOUNT_NOT_FOUND", { "Niet gevonden.", "Not found." } },
	{ "T_ACCOUNT_SELF", { "U kunt uw eigen account niet deactiveren en "
	    "uzelf de rol functioneel beheerder niet ontnemen: zo sluit u "
	    "uzelf buiten. Vraag een andere beheerder dit te doen.",
	    "You cannot deactivate your own account or take the administrator "
	    "role from yourself: that would lock you out. Ask another "
	    "administrator." } },
	/* roles */
	{ "T_ROLE_ADMINISTRATOR", { "functioneel beheerder", "administrator" } },
	{ "T_ROLE_CMT", { "CMT", "CMT" } },
	{ "T_ROLE_DIRECTOR", { "directeur", "director" } },
	{ "T_ROLE_MANAGER", { "manager", "manager" } },
	{ "T_ROLE_OF", { "van", "of" } },
	{ "T_ROLE_COUNCIL", { "griffie / raad", "council" } },
	{ "T_ROLE_CONTROL", { "concerncontrol", "concern control" } },
	/* user administration */
	{ "T_USERS_TITLE", { "Gebruikers", "Users" } },
	{ "T_NAV_ADMIN_UOM", { "Eenheden", "Units of measure" } },
	{ "T_UOM_TITLE", { "Eenheden", "Units of measure" } },
	{ "T_UOM_INTRO", { "De eenheid van een indicator staat achter elk "
	    "getal: een symbool (\"12,5 %\", \"6.701 t\") of een woord in "
	    "enkelvoud en meervoud (\"1 dag\", \"3 dagen\"). Het enkelvoud "
	    "staat alleen achter precies 1 zonder decimalen; \"1,5 dagen\" en "
	    "\"0 dagen\" krijgen het meervoud.",
	    "The unit of an indicator follows every number: a symbol "
	    "(\"12.5 %\", \"6,701 t\") or a word in the singular and the "
	    "plural (\"1 day\", \"3 days\"). The singular follows exactly "
	    "1 without decimals only; \"1.5 days\" and \"0 days\" take the "
	    "plural." } },
	{ "T_UOM_CAPTION", { "Alle eenheden", "All units of measure" } },
	{ "T_UOM_CODE", { "Code", "Code" } },
	{ "T_UOM_CODE_HINT", { "Ten hoogste 16 tekens: letters, cijfers, %, _ "
	    "of -. De code verandert later niet.",
	    "At most 16 characters: letters, digits, %, _ or -. The code does "
	    "not change later." } },
	{ "T_UOM_NAME_NL", { "Naam (Nederlands)", "Name (Dutch)" } },
	{ "T_UOM_NAME_EN", { "Naam (Engels)", "Name (English)" } },
	{ "T_UOM_SYMBOL", { "Symbool achter een getal",
	    "Symbol after a number" } },
	{ "T_UOM_ONE_NL", { "Enkelvoud (Nederlands)", "Singular (Dutch)" } },
	{ "T_UOM_MANY_NL", { "Meervoud (Nederlands)", "Plural (Dutch)" } },
	{ "T_UOM_ONE_EN", { "Enkelvoud (Engels)", "Singular (English)" } },
	{ "T_UOM_MANY_EN", { "Meervoud (Engels)", "Plural (English)" } },
	{ "T_UOM_EXAMPLE", { "Zo staat het achter een getal",
	    "How it reads after a number" } },
	{ "T_UOM_WORDS_HINT", { "Met een symbool staat dat achter elk getal. "
	    "Zonder symbool staan enkelvoud en meervoud er (beide of geen van "
	    "beide); zonder beide staat het getal alleen.",
	    "With a symbol, that follows every number. Without one, the "
	    "singular and the plural do (both or neither); with neither, the "
	    "number stands alone." } },
	{ "T_UOM_NEW", { "Nieuwe eenheid", "New unit of measure" } },
	{ "T_UOM_CREATE", { "Eenheid toevoegen", "Add the unit" } },
	{ "T_UOM_RENAME", { "Namen wijzigen", "Rename" } },
	{ "T_UOM_SAVE", { "Namen opslaan", "Save the names" } },
	{ "T_UOM_DONE", { "De eenheid is opgeslagen.",
	    "The unit of measure has been saved." } },
	{ "T_UOM_ERR_CODE", { "De code is 1 tot 16 tekens: letters, cijfers, "
	    "%, _ of -.",
	    "The code is 1 to 16 characters: letters, digits, %, _ or -." } },
	{ "T_UOM_ERR_SYMBOL", { "Het symbool is ten hoogste 40 bytes op één "
	    "regel.", "The symbol is at most 40 bytes on one line." } },
	{ "T_UOM_ERR_NAME", { "Vul de naam in het Nederlands en in het Engels "
	    "in (ten hoogste 40 bytes, één regel).",
	    "Fill in the name in Dutch and in English (at most 40 bytes, one "
	    "line)." } },
	{ "T_UOM_ERR_WORDS", { "Vul enkelvoud en meervoud allebei in, of geen "
	    "van beide.", "Fill in both the singular and the plural, or "
	    "neither." } },
	{ "T_UOM_ERR_LABEL", { "Een naam is ten hoogste 40 bytes op één regel.",
	    "A label is at most 40 bytes on one line." } },
	{ "T_UOM_ERR_EXISTS", { "Er is al een eenheid met deze code.",
	    "A unit of measure with this code exists already." } },
	{ "T_UOM_ERR_UNKNOWN", { "Deze eenheid bestaat niet.",
	    "This unit of measure does not exist." } },
	{ "T_USERS_CAPTION", { "Alle gebruikers", "All users" } },
	{ "T_USERS_ACTIVE", { "Actief", "Active" } },
	{ "T_USERS_YES", { "ja", "yes" } },
	{ "T_USERS_NO", { "nee (gedeactiveerd)", "no (deactivated)" } },
	{ "T_USERS_NEW", { "Nieuwe gebruiker", "New user" } },
	{ "T_USERS_CREATE", { "Gebruiker aanmaken", "Create user" } },
	{ "T_USERS_SCOPE_WHOLE", { "hele gemeente (CMT, raad, beheerder)",
	    "whole municipality (CMT, council, administrator)" } },
	{ "T_USERS_SCOPE_HINT", { "Voor een directeur de directie, voor een "
	    "manager de eenheid; alles wat daaronder valt, hoort erbij.",
	    "For a director their directorate, for a manager their unit; "
	    "everything below it is included." } },
	{ "T_USERS_ROLE_ADD", { "Rol toekennen", "Assign role" } },
	{ "T_USERS_ROLE_REMOVE", { "Rol intrekken", "Remove role" } },
	{ "T_USERS_NO_ROLES", { "Deze gebruiker heeft geen rollen en ziet dus "
	    "niets.", "This user holds no roles and so sees nothing." } },
	{ "T_USERS_RESET", { "Wachtwoord opnieuw instellen", "Reset password" } },
	{ "T_USERS_RESET_SAVE", { "Wachtwoord instellen", "Set password" } },
	{ "T_USERS_DEACTIVATE", { "Deactiveren", "Deactivate" } },
	{ "T_USERS_DEACTIVATE_INTRO", { "Een gedeactiveerde gebruiker kan niet "
	    "meer inloggen; alle sessies van de gebruiker eindigen en de "
	    "API-sleutels worden direct ingetrokken.", "A deactivated user can no longer "
	    "log in; all their sessions end and their API tokens are revoked "
	    "at once." } },
	{ "T_USERS_ACTIVATE", { "Opnieuw activeren", "Reactivate" } },
	{ "T_USERS_ACTIVATE_INTRO", { "De gebruiker kan weer inloggen met het "
	    "bestaande wachtwoord; stel zo nodig hierboven een nieuw in. De rollen "
	    "blijven zoals ze zijn; ingetrokken API-sleutels blijven "
	    "ingetrokken.", "The user can log in again with their password; "
	    "set a new one above if needed. Their roles stay as they are; "
	    "revoked API tokens stay revoked." } },
	{ "T_USERS_DONE", { "De wijziging is opgeslagen.",
	    "The change has been saved." } },
	{ "T_USERS_BACK", { "Terug naar alle gebruikers", "Back to all users" } },
};
const size_t i18n_msgs_auth_len = sizeof(i18n_msgs_auth) /
    sizeof(i18n_msgs_auth[0]);
