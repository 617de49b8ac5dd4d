{{%AUTOESCAPE context="HTML"}}<h1 id="logout-title">{{T_LOGOUT_TITLE}}</h1>
<p>{{T_LOGOUT_INTRO}}</p>
<form method="post" action="/logout" aria-labelledby="logout-title">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><button type="submit">{{T_LOGOUT}}</button></p>
</form>
