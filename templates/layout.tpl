{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="{{LANG}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}} · {{T_APP_NAME}}</title>
<link rel="stylesheet" href="{{URL_CSS}}">
<link rel="icon" href="{{URL_FAVICON}}" type="image/svg+xml">
<script src="{{URL_KOERS_JS}}" defer></script>
</head>
<body>
<header class="site">
<a class="skip" href="#inhoud">{{T_SKIP_TO_CONTENT}}</a>
<div class="brand"><a href="/">{{T_APP_NAME}}</a> <span class="tagline">{{T_APP_TAGLINE}}</span></div>
{{#USER}}<nav aria-label="{{T_NAV_LABEL}}">
<ul>
<li><a href="/"{{#NAV_HOME}} aria-current="page"{{/NAV_HOME}}>{{T_NAV_HOME}}</a></li>
<li><a href="/work"{{#NAV_WORK}} aria-current="page"{{/NAV_WORK}}>{{T_NAV_WORK}}</a></li>
<li><a href="/dashboard"{{#NAV_DASHBOARD}} aria-current="page"{{/NAV_DASHBOARD}}>{{T_NAV_DASHBOARD}}</a></li>
<li><a href="/programmes"{{#NAV_PROGRAMMES}} aria-current="page"{{/NAV_PROGRAMMES}}>{{T_NAV_PROGRAMMES}}</a></li>
<li><a href="/org"{{#NAV_ORG}} aria-current="page"{{/NAV_ORG}}>{{T_NAV_ORG}}</a></li>
<li><a href="/reports"{{#NAV_REPORTS}} aria-current="page"{{/NAV_REPORTS}}>{{T_NAV_REPORTS}}</a></li>
{{#ROLE_CONTROL}}<li><a href="/begroting/budget"{{#NAV_BUDGET}} aria-current="page"{{/NAV_BUDGET}}>{{T_NAV_BUDGET}}</a></li>
{{/ROLE_CONTROL}}{{#ROLE_ADMINISTRATOR}}<li><a href="/admin/users"{{#NAV_ADMIN}} aria-current="page"{{/NAV_ADMIN}}>{{T_NAV_ADMIN_USERS}}</a></li>
{{/ROLE_ADMINISTRATOR}}</ul>
</nav>
{{/USER}}<div class="tools">
<a href="?lang={{OTHER_LANG}}" lang="{{OTHER_LANG}}" hreflang="{{OTHER_LANG}}" title="{{T_LANG_SWITCH_LABEL}}">{{T_LANG_SWITCH}}</a>
{{#USER}}<span class="who"><span class="visually-hidden">{{T_LOGGED_IN_AS}} </span>{{USER_NAME}}</span>
<a href="/account">{{T_NAV_ACCOUNT}}</a>
<form method="post" action="/logout" aria-labelledby="logout-button"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" id="logout-button">{{T_LOGOUT}}</button></form>
{{/USER}}{{#ANONYMOUS}}<a href="/login">{{T_NAV_LOGIN}}</a>
{{/ANONYMOUS}}</div>
</header>
<main id="inhoud" tabindex="-1">
<!--KOERS-CONTENT-->
</main>
<footer class="site">
<p>{{T_FOOTER}} <a href="/toegankelijkheid">{{T_NAV_ACCESSIBILITY}}</a></p>
</footer>
</body>
</html>
