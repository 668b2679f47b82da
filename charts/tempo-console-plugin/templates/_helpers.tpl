{{- define "plugin.name" -}}
{{- .Values.plugin.name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "plugin.labels" -}}
app: {{ include "plugin.name" . }}
app.kubernetes.io/name: {{ include "plugin.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/part-of: {{ include "plugin.name" . }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}

{{- define "plugin.selectorLabels" -}}
app: {{ include "plugin.name" . }}
app.kubernetes.io/name: {{ include "plugin.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "plugin.certificateSecret" -}}
{{- default (printf "%s-cert" (include "plugin.name" .)) .Values.plugin.certificateSecretName -}}
{{- end -}}

{{- define "plugin.patcherName" -}}
{{- printf "%s-patcher" (include "plugin.name" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}
