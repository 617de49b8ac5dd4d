{{%AUTOESCAPE context="HTML"}}<p class="crumbs"><a href="/admin/users">{{T_USERS_BACK}}</a></p>
<h1>{{USERNAME}}</h1>
{{#NOTICE}}<p class="notice" role="status">{{MESSAGE}}</p>
{{/NOTICE}}{{#FORM_ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>
{{/FORM_ERROR}}<dl class="facts">
<dt>{{T_ACCOUNT_DISPLAY_NAME}}</dt><dd>{{DISPLAY_NAME}}</dd>
<dt>{{T_USERS_ACTIVE}}</dt><dd>{{ACTIVE}}</dd>
</dl>
<section aria-labelledby="h-roles">
<h2 id="h-roles">{{T_ACCOUNT_ROLES}}</h2>
{{#NO_GRANTS}}<p>{{T_USERS_NO_ROLES}}</p>
{{/NO_GRANTS}}{{#HAS_GRANTS}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-grants"><table>
<caption id="cap-grants">{{T_ACCOUNT_ROLES}}</caption>
<thead><tr><th scope="col">{{T_ACCOUNT_ROLE}}</th><th scope="col">{{T_ACCOUNT_SCOPE}}</th><th scope="col"><span class="visually-hidden">{{T_USERS_ROLE_REMOVE}}</span></th></tr></thead>
<tbody>
{{#GRANT}}<tr><td>{{ROLE_TEXT}}</td><td>{{SCOPE_TEXT}}</td><td><form method="post" action="/admin/users/{{USER_ID}}/roles/remove" class="inline-button" aria-labelledby="remove-{{ROLE}}-{{SCOPE}}"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="role" value="{{ROLE}}"><input type="hidden" name="scope" value="{{SCOPE}}"><button type="submit" class="secondary" id="remove-{{ROLE}}-{{SCOPE}}">{{T_USERS_ROLE_REMOVE}}<span class="visually-hidden"> {{ROLE_TEXT}} {{SCOPE_TEXT}}</span></button></form></td></tr>
{{/GRANT}}</tbody>
</table></div>
{{/HAS_GRANTS}}<h3 id="h-role-add">{{T_USERS_ROLE_ADD}}</h3>
<form method="post" action="/admin/users/{{USER_ID}}/roles" class="stacked" aria-labelledby="h-role-add">
<input type="hidden" name="csrf" value="{{CSRF}}">
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
<p><button type="submit">{{T_USERS_ROLE_ADD}}</button></p>
</form>
</section>
<section aria-labelledby="h-reset">
<h2 id="h-reset">{{T_USERS_RESET}}</h2>
<form method="post" action="/admin/users/{{USER_ID}}/password" class="stacked" aria-labelledby="h-reset">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="text" name="username" autocomplete="off" value="{{USERNAME}}" hidden>
<p><label for="password">{{T_ACCOUNT_PW_NEW}}</label>
<input id="password" name="password" type="password" autocomplete="new-password" minlength="12" maxlength="1024" required aria-describedby="pw-hint">
<span class="hint" id="pw-hint">{{T_ACCOUNT_PW_HINT}}</span></p>
<p><button type="submit">{{T_USERS_RESET_SAVE}}</button></p>
</form>
</section>
{{#IS_ACTIVE}}<section aria-labelledby="h-deactivate">
<h2 id="h-deactivate">{{T_USERS_DEACTIVATE}}</h2>
<p>{{T_USERS_DEACTIVATE_INTRO}}</p>
<form method="post" action="/admin/users/{{USER_ID}}/deactivate" aria-labelledby="h-deactivate">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><button type="submit">{{T_USERS_DEACTIVATE}}</button></p>
</form>
</section>
{{/IS_ACTIVE}}{{#IS_INACTIVE}}<section aria-labelledby="h-activate">
<h2 id="h-activate">{{T_USERS_ACTIVATE}}</h2>
<p>{{T_USERS_ACTIVATE_INTRO}}</p>
<form method="post" action="/admin/users/{{USER_ID}}/activate" aria-labelledby="h-activate">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><button type="submit">{{T_USERS_ACTIVATE}}</button></p>
</form>
</section>
{{/IS_INACTIVE}}
