{{%AUTOESCAPE context="HTML"}}<h1>{{T_USERS_TITLE}}</h1>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-users"><table>
<caption id="cap-users">{{T_USERS_CAPTION}}</caption>
<thead><tr><th scope="col">{{T_ACCOUNT_USERNAME}}</th><th scope="col">{{T_ACCOUNT_DISPLAY_NAME}}</th><th scope="col">{{T_ACCOUNT_ROLES}}</th><th scope="col">{{T_USERS_ACTIVE}}</th></tr></thead>
<tbody>
{{#USER_ROW}}<tr><th scope="row"><a href="/admin/users/{{ID}}">{{USERNAME}}</a></th><td>{{DISPLAY_NAME}}</td><td>{{GRANTS}}</td><td>{{ACTIVE}}</td></tr>
{{/USER_ROW}}</tbody>
</table></div>
<section aria-labelledby="h-new">
<h2 id="h-new">{{T_USERS_NEW}}</h2>
{{#FORM_ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>
{{/FORM_ERROR}}<form method="post" action="/admin/users" class="stacked" aria-labelledby="h-new">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><label for="username">{{T_ACCOUNT_USERNAME}}</label>
<input id="username" name="username" type="text" autocomplete="off" required maxlength="64" value="{{NEW_USERNAME}}"></p>
<p><label for="display_name">{{T_ACCOUNT_DISPLAY_NAME}}</label>
<input id="display_name" name="display_name" type="text" maxlength="200" value="{{NEW_DISPLAY_NAME}}"></p>
<p><label for="password">{{T_LOGIN_PASSWORD}}</label>
<input id="password" name="password" type="password" autocomplete="new-password" minlength="12" maxlength="1024" required aria-describedby="pw-hint">
<span class="hint" id="pw-hint">{{T_ACCOUNT_PW_HINT}}</span></p>
<p><label for="role">{{T_ACCOUNT_ROLE}}</label>
<select id="role" name="role">
{{#ROLE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{TEXT}}</option>
{{/ROLE_OPTION}}</select></p>
<p><label for="scope">{{T_ACCOUNT_SCOPE}}</label>
<select id="scope" name="scope" aria-describedby="scope-hint">
<option value="">{{T_USERS_SCOPE_WHOLE}}</option>
{{#UNIT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{INDENT}}{{TEXT}}</option>
{{/UNIT_OPTION}}</select>
<span class="hint" id="scope-hint">{{T_USERS_SCOPE_HINT}}</span></p>
<p><button type="submit">{{T_USERS_CREATE}}</button></p>
</form>
</section>
