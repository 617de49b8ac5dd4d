{{%AUTOESCAPE context="HTML"}}<h1 id="login-title">{{T_LOGIN_TITLE}}</h1>
<p>{{T_LOGIN_INTRO}}</p>
{{#LOGIN_ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>
{{/LOGIN_ERROR}}<form method="post" action="/login" class="stacked" aria-labelledby="login-title">
<input type="hidden" name="csrf" value="{{LOGIN_TOKEN}}">
<input type="hidden" name="next" value="{{NEXT}}">
<p><label for="username">{{T_LOGIN_USERNAME}}</label>
<input id="username" name="username" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required maxlength="64" value="{{USERNAME}}"></p>
<p><label for="password">{{T_LOGIN_PASSWORD}}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required maxlength="1024"></p>
<p><button type="submit">{{T_LOGIN_SUBMIT}}</button></p>
</form>
