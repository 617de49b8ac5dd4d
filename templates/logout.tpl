{{%AUTOESCAPE context="HTML"}}<h1>{{T_LOGOUT_TITLE}}</h1>
<p>{{T_LOGOUT_INTRO}}</p>
<form method="post" action="/logout">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><button type="submit">{{T_LOGOUT}}</button></p>
</form>
