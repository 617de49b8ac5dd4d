{{%AUTOESCAPE context="HTML"}}<form method="post" action="{{ACTION}}" class="stacked" novalidate aria-labelledby="{{HEADING}}">
<input type="hidden" name="csrf" value="{{CSRF}}">
{{#PARENT}}<p class="field{{#BAD}} field-bad{{/BAD}}"><label for="{{FID}}">{{LABEL}}</label>
{{#ERR}}<span class="field-error" id="{{FID}}-err">{{MSG}}</span>
{{/ERR}}<select id="{{FID}}" name="{{NAME}}"{{#ERR}} aria-invalid="true" aria-describedby="{{FID}}-err"{{/ERR}}>
{{#OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{TEXT}}</option>
{{/OPTION}}</select></p>
{{/PARENT}}{{#FIELD}}<p class="field{{#BAD}} field-bad{{/BAD}}">{{#CHECK}}<input id="{{FID}}" name="{{NAME}}" type="checkbox" value="1"{{#CHECKED}} checked{{/CHECKED}}{{#ERR}} aria-invalid="true" aria-describedby="{{FID}}-err"{{/ERR}}> <label for="{{FID}}">{{LABEL}}</label>{{/CHECK}}{{#NOCHECK}}<label for="{{FID}}">{{LABEL}}{{#REQ}} ({{T_ST_REQUIRED_MARK}}){{/REQ}}</label>{{/NOCHECK}}
{{#ERR}}<span class="field-error" id="{{FID}}-err">{{MSG}}</span>
{{/ERR}}{{#LINE}}<input id="{{FID}}" name="{{NAME}}" type="text" value="{{VALUE}}" maxlength="{{MAX}}"{{#ERR}} aria-invalid="true" aria-describedby="{{FID}}-err"{{/ERR}}>{{/LINE}}{{#AREA}}<textarea id="{{FID}}" name="{{NAME}}" rows="4" cols="60"{{#ERR}} aria-invalid="true" aria-describedby="{{FID}}-err"{{/ERR}}>{{VALUE}}</textarea>{{/AREA}}{{#SELECT}}<select id="{{FID}}" name="{{NAME}}"{{#ERR}} aria-invalid="true" aria-describedby="{{FID}}-err"{{/ERR}}>
{{#OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{TEXT}}</option>
{{/OPTION}}</select>{{/SELECT}}</p>
{{/FIELD}}<p><button type="submit">{{SUBMIT}}</button></p>
</form>
